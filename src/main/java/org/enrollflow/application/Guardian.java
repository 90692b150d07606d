package org.enrollflow.application;

/** The second guardian as the parent entered them. */
public record Guardian(String name, String idType, String idNumber, String phone, String relation) {

}
