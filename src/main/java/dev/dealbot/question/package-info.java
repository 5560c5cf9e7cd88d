/** Question analysis, once per question: clean text, follow-up rewrite, language, search terms and vector, what kind of answer is asked for, the names, figures and relation asked about, comparisons and sub-questions. */
package dev.dealbot.question;
