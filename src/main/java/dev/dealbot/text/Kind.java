package dev.dealbot.text;

/**
 * A kind of content a question can ask for and a sentence can give.
 * AMOUNT is a sum or a share (money or a percentage); REASON is a cause or a purpose ("why"); CONSEQUENCE is
 * what follows from something ("what does it mean for ..."); DAY is a date to the day ("April 27"), which a month or a
 * year alone does not give; YEAR is a time with its year, which a month alone does not give.
 */
public enum Kind { TIME, NUMBER, PERCENT, MONEY, AMOUNT, LIST, REASON, CONSEQUENCE, DAY, YEAR }
