package org.enrollflow.points;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

import org.springframework.stereotype.Component;

/**
 * Fills in the pinyin of a child's or guardian's name (姓名拼音), with pinyin4j's readings of the
 * Chinese characters.
 * <ul>
 * <li>The name is read code point by code point after NFKC normalization, so full-width letters
 * become ASCII and characters outside the Basic Multilingual Plane (𠮷) stay whole.</li>
 * <li>A character pinyin4j has no reading for (𠮷, most rare characters) is reported as unknown:
 * {@link PinyinName#unknownCharacters()}, for the parent to type its pinyin.</li>
 * <li>The first character of a Chinese name takes its reading as a surname (单 SHAN, 曾 ZENG, 解 XIE,
 * 区 OU, 仇 QIU, 朴 PIAO, …); a few compound surnames read apart (尉迟 YU CHI, 万俟 MO QI).
 * Transliterated names with a middle dot (买买提·艾力) have no Chinese surname.</li>
 * <li>ü is written YU, as on passports (吕 LYU, 女 NYU, 略 LYUE).</li>
 * <li>Latin words (mixed names such as 李Anna) are upper-cased; spaces separate words; middle dots
 * (· ・ ‧ • and the full stop) separate the parts of a transliterated name. Anything else (digits,
 * other scripts, symbols) is unknown.</li>
 * </ul>
 * The birth date comes from the ID number: {@link org.enrollflow.shared.IdNumbers#birthDateOf}.
 */
@Component
public class NamePinyin {

	/** Compound surnames whose first two characters read apart from their other uses. */
	private static final Map<String, List<String>> COMPOUND_SURNAMES = Map.of("尉迟", List.of("YU", "CHI"), "万俟",
			List.of("MO", "QI"), "澹台", List.of("TAN", "TAI"), "长孙", List.of("ZHANG", "SUN"));

	/** Surnames whose reading differs from the character's most common one. */
	private static final Map<String, String> SURNAMES = Map.ofEntries(Map.entry("单", "SHAN"), Map.entry("曾", "ZENG"),
			Map.entry("解", "XIE"), Map.entry("区", "OU"), Map.entry("仇", "QIU"), Map.entry("朴", "PIAO"), Map.entry("查", "ZHA"),
			Map.entry("盖", "GE"), Map.entry("乐", "YUE"), Map.entry("覃", "QIN"), Map.entry("秘", "BI"), Map.entry("缪", "MIAO"),
			Map.entry("繁", "PO"), Map.entry("员", "YUN"), Map.entry("种", "CHONG"), Map.entry("召", "SHAO"),
			Map.entry("洗", "XIAN"), Map.entry("句", "GOU"), Map.entry("乜", "NIE"), Map.entry("祭", "ZHAI"),
			Map.entry("柏", "BAI"), Map.entry("长", "CHANG"), Map.entry("重", "CHONG"), Map.entry("那", "NA"),
			Map.entry("折", "SHE"), Map.entry("都", "DU"));

	private static final Set<Integer> DOTS = Set.of((int) '·', (int) '・', (int) '‧', (int) '•', (int) '.');

	private static final HanyuPinyinOutputFormat FORMAT = format();

	/** The pinyin of a name; an empty or {@code null} name has no parts. */
	public PinyinName of(String name) {
		if (name == null) {
			return new PinyinName(List.of());
		}
		int[] codePoints = Normalizer.normalize(name.strip(), Normalizer.Form.NFKC).codePoints().toArray();
		List<PinyinName.Part> parts = new ArrayList<>();
		int start = surname(codePoints, parts);
		StringBuilder word = new StringBuilder();
		for (int i = start; i < codePoints.length; i++) {
			int c = codePoints[i];
			if (latinLetter(c) || (word.length() > 0 && (c == '\'' || c == '-') && i + 1 < codePoints.length
					&& latinLetter(codePoints[i + 1]))) {
				word.appendCodePoint(c);
				continue;
			}
			flush(word, parts);
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				continue;
			}
			if (DOTS.contains(c)) {
				parts.add(PinyinName.Part.literal(Character.toString(c), PinyinName.Part.DOT));
			}
			else {
				parts.add(character(c, null));
			}
		}
		flush(word, parts);
		return new PinyinName(parts);
	}

	private static int surname(int[] codePoints, List<PinyinName.Part> parts) {
		if (codePoints.length == 0 || !han(codePoints[0]) || transliterated(codePoints)) {
			return 0;
		}
		if (codePoints.length > 2) {
			List<String> compound = COMPOUND_SURNAMES.get(new String(codePoints, 0, 2));
			if (compound != null) {
				parts.add(character(codePoints[0], compound.get(0)));
				parts.add(character(codePoints[1], compound.get(1)));
				return 2;
			}
		}
		parts.add(character(codePoints[0], SURNAMES.get(Character.toString(codePoints[0]))));
		return 1;
	}

	private static boolean transliterated(int[] codePoints) {
		for (int c : codePoints) {
			if (DOTS.contains(c)) {
				return true;
			}
		}
		return false;
	}

	private static PinyinName.Part character(int c, String preferred) {
		String source = Character.toString(c);
		Set<String> readings = new LinkedHashSet<>();
		if (preferred != null) {
			readings.add(preferred);
		}
		readings.addAll(readings(c));
		if (readings.isEmpty()) {
			return PinyinName.Part.unknown(source);
		}
		List<String> ordered = List.copyOf(readings);
		return new PinyinName.Part(source, ordered.get(0), ordered);
	}

	private static List<String> readings(int c) {
		if (!han(c) || Character.isSupplementaryCodePoint(c)) {
			return List.of();
		}
		try {
			String[] readings = PinyinHelper.toHanyuPinyinStringArray((char) c, FORMAT);
			if (readings == null) {
				return List.of();
			}
			List<String> result = new ArrayList<>();
			for (String reading : readings) {
				if (!reading.isBlank()) {
					result.add(reading.replace("V", "YU"));
				}
			}
			return result;
		}
		catch (BadHanyuPinyinOutputFormatCombination ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void flush(StringBuilder word, List<PinyinName.Part> parts) {
		if (word.length() > 0) {
			String source = word.toString();
			parts.add(PinyinName.Part.literal(source, source.toUpperCase(Locale.ROOT)));
			word.setLength(0);
		}
	}

	private static boolean han(int c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
	}

	private static boolean latinLetter(int c) {
		return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
	}

	private static HanyuPinyinOutputFormat format() {
		HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
		format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
		format.setCaseType(HanyuPinyinCaseType.UPPERCASE);
		format.setVCharType(HanyuPinyinVCharType.WITH_V);
		return format;
	}

}
