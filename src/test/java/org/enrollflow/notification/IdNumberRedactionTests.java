package org.enrollflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enrollflow.notification.IdNumberRedaction.maskIdNumbers;

import org.junit.jupiter.api.Test;

class IdNumberRedactionTests {

	@Test
	void masksIdNumberInChineseText() {
		assertThat(maskIdNumbers("张𠮷(身份证号320402201601011234)的申请已受理"))
			.isEqualTo("张𠮷(身份证号320402********1234)的申请已受理");
	}

	@Test
	void masksIdNumberEndingInX() {
		assertThat(maskIdNumbers("11010119900307803X")).isEqualTo("110101********803X");
		assertThat(maskIdNumbers("id 11010119900307803x.")).isEqualTo("id 110101********803X.");
	}

	@Test
	void masksEveryIdNumberWhetherOrNotItsCheckDigitIsRight() {
		assertThat(maskIdNumbers("父亲 320402198001011230,母亲 320402198202021241"))
			.isEqualTo("父亲 320402********1230,母亲 320402********1241");
	}

	@Test
	void masksIdNumberBetweenLetters() {
		assertThat(maskIdNumbers("ID320402201601011234abc")).isEqualTo("ID320402********1234abc");
	}

	@Test
	void leavesShorterAndLongerDigitRunsAlone() {
		String text = "电话 13812345678,编号 32040220160101123,账号 3204022016010112345,证号 苏(2020)常州市不动产权第0012345号";
		assertThat(maskIdNumbers(text)).isEqualTo(text);
	}

	@Test
	void leavesTextWithoutIdNumbersAlone() {
		assertThat(maskIdNumbers("")).isEmpty();
		assertThat(maskIdNumbers("您的验证码是 123456,$1 \\ 不变")).isEqualTo("您的验证码是 123456,$1 \\ 不变");
	}

}
