package dev.dealbot.question;

import dev.dealbot.text.Names;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A role a question states or asks a party holds for another party ("Google Cloud is now OpenAI's primary cloud
 * partner", "Is Amazon OpenAI's main cloud provider?", "AWS replaced Azure as OpenAI's primary cloud"): the holder, the
 * party whose role it is, and the role's words.
 */
public final class PartyRoles {
    /** What a question says a party is for another: the holder as written, the other party, the role's words. */
    public record RoleClaim(String holder, String owner, String role) {}

    private static final String ROLE = "((?:[\\p{L}-]+\\s+){0,3}?[\\p{L}-]+)(?=\\s*(?:[,.;:?!—–]|$|\\s(?:now|after|under|in|since|for|and|or|then|right|"
            + "correct|too|instead|anymore|any more|these days|from|following|post|of)\\b))";
    private static final String HOLDER = "((?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+)";
    private static final String ADVERBS = "(?:(?:now|still|really|officially|effectively|actually|already|also)\\s+)*";
    /** "X is now Y's R", "X has become Y's R", "X remains Y's R": the holder starts at a party's name (checked). */
    private static final Pattern STATED = Pattern.compile("\\b" + HOLDER + "\\s+"
            + "(?:is|are|was|were|has become|have become|became|becomes|remains|remained|stays|stayed|will be|will become|will remain|'s|’s)\\s+"
            + ADVERBS + "([\\p{L}]+)['’]s\\s+" + ROLE);
    /** "Is X now Y's R?", "Has X become Y's R?", "Will X remain Y's R?"; why or how it is ("Why did X become Y's R?"). */
    private static final Pattern ASKED = Pattern.compile("^\\W*(?:(?:why|how|how come|when)\\s+)?(?:is|was|has|did|does|will|would)\\s+" + HOLDER + "\\s+" + ADVERBS
            + "(?:become|be|remain|been|stay)?\\s*" + ADVERBS + "([\\p{L}]+)['’]s\\s+" + ROLE);

    /** "... make Amazon OpenAI's primary cloud?", "since the deal named X Y's R": a role given by a verb of making. */
    private static final Pattern MADE = Pattern.compile("\\b(?:make|makes|made|making|name|names|named|naming|appoint|appoints|appointed)\\s+"
            + HOLDER + "\\s+" + ADVERBS + "([\\p{L}]+)['’]s\\s+" + ROLE);
    /**
     * "Why did OpenAI choose Google Cloud as exclusive distributor of Frontier?": a role the chooser gives a party, the
     * chooser's own (the owner).
     */
    private static final Pattern CHOSEN = Pattern.compile("\\b([\\p{L}]+)\\s+(?:\\w+\\s+)?(?:choose|chose|chosen|chooses|choosing|pick|picks|picked|select|selects|"
            + "selected|name|names|named|make|makes|made|appoint|appoints|appointed|designate|designates|designated)\\s+" + HOLDER
            + "\\s+as\\s+(?:the\\s+|its\\s+|their\\s+|an?\\s+)?" + ROLE);

    /** "Now that AWS replaced Azure as OpenAI's primary cloud, ...", "Did X replace Y as Z's R?": the role taken from another. */
    private static final Pattern REPLACED = Pattern.compile("\\b" + HOLDER + "\\s+(?:has\\s+|have\\s+)?" + ADVERBS + "(?:has\\s+|have\\s+)?(?:replace|replaces|replaced|replacing|"
            + "supplant|supplants|supplanted|displace|displaces|displaced|overtake|overtakes|overtook|overtaken|succeed|succeeds|succeeded|"
            + "(?:take|takes|took|taken) over from)\\s+(?:[\\p{L}-]+\\s+){1,3}?as\\s+" + ADVERBS + "([\\p{L}]+)['’]s\\s+" + ROLE);

    private PartyRoles() {}

    /** The role claimed or asked in {@code english}, or null when it claims no party's role for another known party. */
    public static RoleClaim of(String english, Names names) {
        String lower = english.toLowerCase(Locale.ROOT);
        if (lower.length() != english.length() || lower.length() > 300) return null;
        for (Pattern p : List.of(ASKED, STATED, MADE, CHOSEN, REPLACED)) {
            Matcher m = p.matcher(lower);
            for (int from = 0; from < lower.length() && m.find(from); from = m.start() + 1) {
                boolean chosen = p == CHOSEN;
                String holder = english.substring(m.start(chosen ? 2 : 1), m.end(chosen ? 2 : 1)), owner = m.group(chosen ? 1 : 2), role = m.group(3);
                List<String> held = names.parties(holder);
                if (held.isEmpty() || !names.known(owner) || !names.party(owner) || held.stream().anyMatch(h -> names.same(h, owner))) continue;
                // the holder is the party itself, maybe with a word of its name ("Google Cloud"): not a clause that names one
                if (!held.contains(holder.toLowerCase(Locale.ROOT).split("\\s+")[0])) continue;
                return new RoleClaim(holder.strip(), owner, role.strip());
            }
        }
        return null;
    }
}
