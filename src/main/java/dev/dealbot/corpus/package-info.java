/** The articles: parsing {@code docs-corpus/} files (metadata + verbatim body), splitting sentences, watching the folder. */
package dev.dealbot.corpus;
