package org.enrollflow.account;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.enrollflow.shared.IdNumbers;
import org.enrollflow.shared.ProblemException.FieldProblem;

/**
 * A parent's registration, as sent to {@code POST /api/accounts}.
 */
record NewAccount(String phone, String email, String password, String realName, String idNumber) {

	static final Pattern MOBILE_PHONE = Pattern.compile("1[3-9]\\d{9}");

	private static final Pattern EMAIL = Pattern.compile(
			"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

	private static final Pattern PRINTABLE_ASCII = Pattern.compile("[\\x20-\\x7E]*");

	private static final int MAX_EMAIL_LENGTH = 254;

	private static final int MIN_PASSWORD_LENGTH = 8;

	private static final int MAX_PASSWORD_LENGTH = 64;

	private static final int MAX_NAME_CODE_POINTS = 50;

	/** The same registration with surrounding spaces removed, the name in NFC and the ID number normalized. */
	NewAccount normalized() {
		return new NewAccount(strip(phone), strip(email), password,
				realName == null ? null : Normalizer.normalize(realName.strip(), Normalizer.Form.NFC),
				IdNumbers.normalize(idNumber));
	}

	/** What is wrong with each field of a {@linkplain #normalized() normalized} registration. */
	List<FieldProblem> problems() {
		List<FieldProblem> problems = new ArrayList<>();
		if (isBlank(phone)) {
			problems.add(new FieldProblem("phone", "PHONE_REQUIRED"));
		}
		else if (!MOBILE_PHONE.matcher(phone).matches()) {
			problems.add(new FieldProblem("phone", "PHONE_INVALID"));
		}
		if (isBlank(email)) {
			problems.add(new FieldProblem("email", "EMAIL_REQUIRED"));
		}
		else if (email.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(email).matches()) {
			problems.add(new FieldProblem("email", "EMAIL_INVALID"));
		}
		if (password == null || password.isEmpty()) {
			problems.add(new FieldProblem("password", "PASSWORD_REQUIRED"));
		}
		else if (password.length() < MIN_PASSWORD_LENGTH || password.length() > MAX_PASSWORD_LENGTH) {
			problems.add(new FieldProblem("password", "PASSWORD_LENGTH", MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH));
		}
		else if (!PRINTABLE_ASCII.matcher(password).matches()) {
			problems.add(new FieldProblem("password", "PASSWORD_CHARACTERS"));
		}
		else if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
			problems.add(new FieldProblem("password", "PASSWORD_WEAK"));
		}
		if (isBlank(realName)) {
			problems.add(new FieldProblem("realName", "REAL_NAME_REQUIRED"));
		}
		else if (realName.codePointCount(0, realName.length()) > MAX_NAME_CODE_POINTS) {
			problems.add(new FieldProblem("realName", "REAL_NAME_LENGTH", MAX_NAME_CODE_POINTS));
		}
		else if (realName.codePoints().anyMatch(NewAccount::isInvisibleOrBroken)) {
			problems.add(new FieldProblem("realName", "REAL_NAME_INVALID"));
		}
		if (isBlank(idNumber)) {
			problems.add(new FieldProblem("idNumber", "ID_NUMBER_REQUIRED"));
		}
		else {
			IdNumbers.problem(idNumber).ifPresent(code -> problems.add(new FieldProblem("idNumber", code)));
		}
		return problems;
	}

	@Override
	public String toString() {
		return "NewAccount[phone=" + phone + "]";
	}

	private static boolean isInvisibleOrBroken(int codePoint) {
		int type = Character.getType(codePoint);
		return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE;
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	private static String strip(String value) {
		return value == null ? null : value.strip();
	}

}
