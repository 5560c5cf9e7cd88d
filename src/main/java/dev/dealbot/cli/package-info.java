/** The command line: {@code ask}, {@code chat}, {@code serve}, {@code index} and {@code eval}, built with picocli. */
package dev.dealbot.cli;
