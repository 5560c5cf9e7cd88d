package dev.dealbot.retrieval;

import dev.dealbot.index.SentenceInfo;

/**
 * A sentence of a retrieved passage, as evidence for one probe.
 *
 * @param semantic embedding cosine between the probe and the sentence
 * @param lexical IDF-weighted share of the probe's terms the sentence contains (synonyms count a little less;
 *     words found nowhere in the articles count half against it)
 */
public record Candidate(SentenceInfo sentence, double semantic, double lexical) {}
