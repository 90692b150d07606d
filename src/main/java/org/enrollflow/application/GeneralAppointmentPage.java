package org.enrollflow.application;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.enrollflow.account.Callers;
import org.enrollflow.appointment.SlotView;
import org.enrollflow.portal.FormErrors;
import org.enrollflow.shared.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The on-site review appointment of a general-path case: the booked slot, or the free slots to
 * book one from.
 */
@Controller
@RequestMapping("/portal/general")
class GeneralAppointmentPage {

	private static final String APPOINTMENT_PAGE = "portal/general/appointment";

	private final GeneralPathPages pages;
	private final GeneralPathForms forms;
	private final ApplicationCommands commands;
	private final Callers callers;

	GeneralAppointmentPage(GeneralPathPages pages, GeneralPathForms forms, ApplicationCommands commands,
			Callers callers) {
		this.pages = pages;
		this.forms = forms;
		this.commands = commands;
		this.callers = callers;
	}

	@GetMapping("/{id}/appointment")
	String appointment(@PathVariable UUID id, Model model) {
		return appointmentPage(model, pages.view(id), FormErrors.NONE);
	}

	@PostMapping("/{id}/appointment")
	String book(@PathVariable UUID id, @RequestParam Map<String, String> typed, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		ApplicationView view = pages.view(id);
		ApplicationRequests.Booking request = forms.booking(typed);
		FormErrors errors = pages.validate(request);
		if (errors.any()) {
			return GeneralPathPages.refused(response, HttpStatus.BAD_REQUEST, appointmentPage(model, view, errors));
		}
		try {
			commands.bookAppointment(callers.current(), id, null, request.slotId());
			pages.notice(redirect, "general.appointment.booked");
			return "redirect:/portal/general/" + id + "/appointment";
		}
		catch (ProblemException problem) {
			return GeneralPathPages.refused(response, problem.status(),
					appointmentPage(model, pages.view(id), pages.errors(problem)));
		}
	}

	private String appointmentPage(Model model, ApplicationView view, FormErrors errors) {
		boolean canBook = view.availableActions().contains("BOOK_APPOINTMENT");
		List<SlotView> slots = canBook ? commands.freeSlots(callers.current(), view.id()) : List.of();
		model.addAttribute("view", view);
		model.addAttribute("errors", errors);
		model.addAttribute("canBook", canBook);
		model.addAttribute("slots", slots);
		return APPOINTMENT_PAGE;
	}

}
