/**
 * Admission (录取): the allocation that places a campaign's cases once their reviews are final
 * (the private schools' lottery, then catchments on the general path; points rank and wishes on
 * the points path), the bureau's placement by hand of cases no rule could place, the publication
 * an administrator triggers, and the admission notice in the API, by mail and as a PDF.
 */
package org.enrollflow.admission;
