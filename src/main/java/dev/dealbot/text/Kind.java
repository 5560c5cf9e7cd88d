package dev.dealbot.text;

/**
 * A kind of content a question can ask for and a sentence can give.
 * AMOUNT is a sum or a share (money or a percentage); REASON is a cause, a purpose or a consequence.
 */
public enum Kind { TIME, NUMBER, PERCENT, MONEY, AMOUNT, LIST, REASON }
