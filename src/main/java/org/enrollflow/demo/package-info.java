/**
 * What the demo profile adds beyond each module's own demo data: where to go and how to log in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package org.enrollflow.demo;
