package dev.dealbot.question;

/** What a question asks of a whole and a part of it: nothing, what is left (REST), or what share the part is (SHARE). */
public enum Part { NONE, REST, SHARE }
