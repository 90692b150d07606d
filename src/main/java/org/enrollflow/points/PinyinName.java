package org.enrollflow.points;

import java.util.List;

/**
 * The pinyin of a name, part by part: one part per Chinese character, per Latin word and per
 * middle dot of a transliterated name.
 * @param parts the parts in the order of the name
 */
public record PinyinName(List<Part> parts) {

	public PinyinName {
		parts = List.copyOf(parts);
	}

	/**
	 * The name's pinyin as the form shows it: upper-case syllables without tones, one per character,
	 * separated by single spaces ({@code ZHANG SAN FENG}, {@code LYU XIAO MING}), Latin words
	 * upper-cased as they are, a middle dot without spaces ({@code MAI MAI TI·AI LI}). A character
	 * without pinyin stays in its place for the parent to replace ({@code 𠮷 XIANG}).
	 */
	public String text() {
		StringBuilder text = new StringBuilder();
		Part previous = null;
		for (Part part : this.parts) {
			if (previous != null && !previous.separator() && !part.separator()) {
				text.append(' ');
			}
			text.append(part.known() ? part.pinyin() : part.source());
			previous = part;
		}
		return text.toString();
	}

	/** The characters without pinyin, in the order of the name, each once. */
	public List<String> unknownCharacters() {
		return this.parts.stream().filter(part -> !part.known()).map(Part::source).distinct().toList();
	}

	/** Whether every part has its pinyin, so that the parent need type nothing. */
	public boolean complete() {
		return this.parts.stream().allMatch(Part::known);
	}

	/**
	 * One character, Latin word or middle dot of the name.
	 * @param source the part as written in the name
	 * @param pinyin its upper-case pinyin, the word itself or {@code ·}; {@code null} when unknown
	 * @param readings every reading of a Chinese character, the chosen one first (more than one for
	 * a polyphonic character, so that the parent can pick another); the pinyin alone for other parts;
	 * empty when unknown
	 */
	public record Part(String source, String pinyin, List<String> readings) {

		public Part {
			readings = List.copyOf(readings);
		}

		static final String DOT = "·";

		static Part unknown(String source) {
			return new Part(source, null, List.of());
		}

		static Part literal(String source, String text) {
			return new Part(source, text, List.of(text));
		}

		public boolean known() {
			return this.pinyin != null;
		}

		boolean separator() {
			return DOT.equals(this.pinyin);
		}

	}

}
