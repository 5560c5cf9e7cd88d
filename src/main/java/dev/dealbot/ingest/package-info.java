/** Adding an article: a web page or text file is fetched, its body extracted verbatim and written to docs-corpus/. */
package dev.dealbot.ingest;
