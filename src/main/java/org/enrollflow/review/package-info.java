/**
 * What reviewer tasks need: who works them, what their forms show, and what reviewers may see.
 * <p>
 * {@link org.enrollflow.review.ReviewGroups} names a case's candidate group for the process
 * models: the catchment school of the case's address ({@code school-{code}}), else the bureau of
 * the campaign's region ({@code district-{region}}). A task listener ({@code reviewFormFacts}) puts
 * the facts a review form shows on each new task, with ID numbers masked. When a school joins a
 * campaign, its reviewer groups get Tasklist, a task filter of their own and nothing else: each
 * task is visible only to its candidate group, through the engine's default task authorizations.
 */
package org.enrollflow.review;
