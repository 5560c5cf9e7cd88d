package dev.dealbot.helper;

/** Edit distance (with adjacent transpositions) that gives up early past a budget. */
public final class EditDistance {
    private EditDistance() {}

    /** The distance, or {@code budget + 1} when it exceeds the budget. */
    public static int distance(String a, String b, int budget) {
        int n = a.length(), m = b.length();
        if (Math.abs(n - m) > budget) return budget + 1;
        int[] prev2 = new int[m + 1], prev = new int[m + 1], cur = new int[m + 1];
        for (int j = 0; j <= m; j++) prev[j] = j;
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1))
                    v = Math.min(v, prev2[j - 2] + 1);
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > budget) return budget + 1;
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[m], budget + 1);
    }

    public static boolean within(String a, String b, int budget) {
        return distance(a, b, budget) <= budget;
    }
}
