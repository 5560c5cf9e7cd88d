/** Readers' thumbs up/down on answers: recent answers to rate, the SQLite store, the API route and eval-set export. */
package dev.dealbot.feedback;
