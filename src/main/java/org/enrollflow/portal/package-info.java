/**
 * The parents' web portal: server-rendered pages (Thymeleaf), mobile first, Chinese by default
 * and English by a switch, with a session login and CSRF protection on every form. This module
 * holds what all pages share (the layout, the language, the styles); each feature module renders
 * its own pages with its own services.
 */
package org.enrollflow.portal;
