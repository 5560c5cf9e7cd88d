/** The one check every answer passes: claims supported by the quotes they cite, renumbered citations with corroboration, and the articles' disagreements said out loud. */
package dev.dealbot.answer.grounding;
