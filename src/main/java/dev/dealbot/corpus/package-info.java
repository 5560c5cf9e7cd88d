/** The articles: parsing {@code docs-corpus/} files (metadata + verbatim body) and splitting them into sentences. */
package dev.dealbot.corpus;
