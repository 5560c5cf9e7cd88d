/** Language facts about any text — tokens, names, figures, answer kinds, clauses, polarity, who acts on whom — shared by index building, question analysis and grounding. */
package dev.dealbot.text;
