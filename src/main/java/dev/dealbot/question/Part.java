package dev.dealbot.question;

/**
 * What a question asks of a whole and a part of it: nothing, what is left (REST), what is left besides a part it gives
 * itself ("how much came in outside that $10 billion round?": BESIDES), or what share the part is (SHARE).
 */
public enum Part { NONE, REST, BESIDES, SHARE }
