/**
 * Documents that families upload for their cases: scans and photos of certificates, stored with
 * their SHA-256, size and the type sniffed from their content. Only JPEG, PNG and PDF are kept,
 * judged by the bytes and never by a file name or a declared type.
 * {@link org.enrollflow.document.Documents} stores, lists, reads and deletes a case's documents;
 * who may do so is for its callers to decide.
 */
package org.enrollflow.document;
