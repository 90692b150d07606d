/**
 * Small building blocks every feature uses: resident ID numbers (validation, masking, protection at
 * rest), the clock shared with the process engine, and the API's error responses.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.enrollflow.shared;
