package org.enrollflow.points;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NamePinyinTests {

	private final NamePinyin pinyin = new NamePinyin();

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource({ "张三丰, ZHANG SAN FENG", "王芳, WANG FANG", "欧阳文定, OU YANG WEN DING", "陈思远, CHEN SI YUAN",
			"張偉, ZHANG WEI" })
	void writesOneUpperCaseSyllablePerCharacterWithoutTones(String name, String expected) {
		PinyinName result = this.pinyin.of(name);

		assertThat(result.text()).isEqualTo(expected);
		assertThat(result.complete()).isTrue();
		assertThat(result.unknownCharacters()).isEmpty();
	}

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource({ "单田芳, SHAN TIAN FANG", "曾国藩, ZENG GUO FAN", "解缙, XIE JIN", "区志强, OU ZHI QIANG", "仇英, QIU YING",
			"朴树, PIAO SHU", "查良镛, ZHA LIANG YONG", "覃小梅, QIN XIAO MEI", "尉迟恭, YU CHI GONG", "万俟明, MO QI MING" })
	void readsTheFirstCharacterAsASurname(String name, String expected) {
		assertThat(this.pinyin.of(name).text()).isEqualTo(expected);
	}

	@Test
	void readsAPolyphonicCharacterAfterTheSurnameByItsCommonReading() {
		assertThat(this.pinyin.of("李单").text()).isEqualTo("LI DAN");
	}

	@Test
	void offersEveryReadingOfAPolyphonicCharacterWithTheChosenOneFirst() {
		PinyinName result = this.pinyin.of("单田芳");

		assertThat(result.parts().get(0).readings()).containsExactly("SHAN", "DAN", "CHAN");
		assertThat(result.parts().get(1).readings()).containsExactly("TIAN");
	}

	@Test
	void writesUmlautUAsYuAsOnPassports() {
		assertThat(this.pinyin.of("吕女略").text()).isEqualTo("LYU NYU LYUE");
	}

	@Test
	void reportsACharacterOutsideTheBasicPlaneAsUnknownAndKeepsItWhole() {
		PinyinName result = this.pinyin.of("𠮷祥");

		assertThat(result.complete()).isFalse();
		assertThat(result.unknownCharacters()).containsExactly("𠮷");
		assertThat(result.parts().get(0).source()).isEqualTo("𠮷").hasSize(2);
		assertThat(result.parts().get(0).pinyin()).isNull();
		assertThat(result.parts().get(0).readings()).isEmpty();
		assertThat(result.text()).isEqualTo("𠮷 XIANG");
	}

	@Test
	void reportsEachUnknownCharacterOnce() {
		PinyinName result = this.pinyin.of("张𠮷㛃𠮷");

		assertThat(result.unknownCharacters()).containsExactly("𠮷", "㛃");
		assertThat(result.text()).isEqualTo("ZHANG 𠮷 㛃 𠮷");
	}

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource({ "李Anna, LI ANNA", "Anna 李, ANNA LI", "ＡＮＮＡ李, ANNA LI", "Anne-Marie 单, ANNE-MARIE DAN",
			"O'Neil 王, O'NEIL WANG" })
	void upperCasesLatinWordsInMixedNames(String name, String expected) {
		PinyinName result = this.pinyin.of(name);

		assertThat(result.text()).isEqualTo(expected);
		assertThat(result.complete()).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "买买提·艾力", "买买提・艾力", "买买提．艾力", "买买提 · 艾力" })
	void keepsTheMiddleDotOfATransliteratedName(String name) {
		assertThat(this.pinyin.of(name).text()).isEqualTo("MAI MAI TI·AI LI");
	}

	@Test
	void readsATransliteratedNameWithoutASurname() {
		assertThat(this.pinyin.of("单木·艾力").text()).isEqualTo("DAN MU·AI LI");
	}

	@Test
	void reportsDigitsAndOtherScriptsAsUnknown() {
		PinyinName result = this.pinyin.of("张3ё");

		assertThat(result.unknownCharacters()).containsExactly("3", "ё");
	}

	@Test
	void ignoresSpacesBetweenCharacters() {
		assertThat(this.pinyin.of("  张　三 ").text()).isEqualTo("ZHANG SAN");
	}

	@Test
	void givesNothingForNoName() {
		assertThat(this.pinyin.of(null).parts()).isEmpty();
		assertThat(this.pinyin.of(" ").text()).isEmpty();
		assertThat(this.pinyin.of("").complete()).isTrue();
	}

}
