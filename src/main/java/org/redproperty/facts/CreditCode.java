package org.redproperty.facts;

/**
 * 统一社会信用代码 per GB 32100-2015: 18 characters from a 31-character alphabet (no I, O, Z, S, V), the last a
 * check character over the first seventeen.
 */
public final class CreditCode {

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private CreditCode() {
	}

	public static boolean isValid(String code) {
		if (code == null || code.length() != 18) {
			return false;
		}
		Character check = checkCharacter(code.substring(0, 17));
		return check != null && code.charAt(17) == check;
	}

	/** The check character of the first seventeen characters of a code, or null if they are not well formed. */
	public static Character checkCharacter(String first17) {
		if (first17 == null || first17.length() != 17) {
			return null;
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int value = ALPHABET.indexOf(first17.charAt(i));
			if (value < 0) {
				return null;
			}
			sum += value * WEIGHTS[i];
		}
		return ALPHABET.charAt((31 - sum % 31) % 31);
	}

}
