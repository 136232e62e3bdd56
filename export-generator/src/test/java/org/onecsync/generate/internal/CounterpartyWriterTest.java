package org.onecsync.generate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CounterpartyWriterTest {

    private static final int[] W10 = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] W11 = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] W12 = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};

    @Test
    void companyInnHasAValidCheckDigit() {
        Rng rng = new Rng(5);
        for (int i = 0; i < 1000; i++) {
            String inn = CounterpartyWriter.inn(rng, 10);
            assertEquals(10, inn.length());
            assertEquals(check(inn, W10), inn.charAt(9) - '0', inn);
        }
    }

    @Test
    void entrepreneurInnHasTwoValidCheckDigits() {
        Rng rng = new Rng(6);
        for (int i = 0; i < 1000; i++) {
            String inn = CounterpartyWriter.inn(rng, 12);
            assertEquals(12, inn.length());
            assertEquals(check(inn, W11), inn.charAt(10) - '0', inn);
            assertEquals(check(inn, W12), inn.charAt(11) - '0', inn);
        }
    }

    @Test
    void knownValidInnPassesTheCheck() {
        assertEquals(3, check("7707083893", W10));
    }

    private static int check(String inn, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (inn.charAt(i) - '0') * weights[i];
        }
        return sum % 11 % 10;
    }
}
