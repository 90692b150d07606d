package org.enrollflow.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.enrollflow.portal.FormErrors;
import org.enrollflow.shared.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portal's sign-up and login pages. Signing up runs the same real-name check as
 * {@code POST /api/accounts}; a refusal shows each reason next to its field and keeps what was
 * typed, but the password.
 */
@Controller
class AccountPages {

	private static final List<String> FIELDS = List.of("realName", "idNumber", "phone", "email", "password");

	private final AccountRegistration registration;
	private final MessageSource messages;

	AccountPages(AccountRegistration registration, MessageSource messages) {
		this.registration = registration;
		this.messages = messages;
	}

	@GetMapping("/")
	String home() {
		return "redirect:/portal/applications";
	}

	@GetMapping("/portal/login")
	String login() {
		return "portal/login";
	}

	@GetMapping("/portal/signup")
	String signupForm(Model model) {
		return signup(model, Map.of(), FormErrors.NONE);
	}

	@PostMapping("/portal/signup")
	String signUp(@RequestParam Map<String, String> typed, Model model) {
		try {
			ParentAccountView account = registration.register(new NewAccount(typed.get("phone"), typed.get("email"),
					typed.get("password"), typed.get("realName"), typed.get("idNumber")));
			return "redirect:/portal/login?registered&phone=" + account.phone();
		}
		catch (ProblemException problem) {
			return signup(model, typed, FormErrors.of(problem, messages, LocaleContextHolder.getLocale()));
		}
	}

	private String signup(Model model, Map<String, String> typed, FormErrors errors) {
		Map<String, String> form = new LinkedHashMap<>();
		FIELDS.forEach(field -> form.put(field, "password".equals(field) ? "" : typed.getOrDefault(field, "")));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "portal/signup";
	}

}
