/**
 * Bill impact analysis: a draft bill (plain Japanese or English text, e-Gov XML, HTML) → the
 * policy measures it contains (each tied to its text span) → the existing Acts it will force the
 * drafters to amend, ranked, each with typed reasons (conflict, authority, organisation,
 * cross-reference/definition, explicit) and evidence provisions; constitutional provisions that
 * constrain the bill are reported apart as constraints. Entry point: {@link
 * dev.lawimpact.impact.ImpactAnalyzer}. Nothing here knows any particular bill or law: every
 * rule works from the bill's words and the indexed corpus (titles, captions, enumerations, links).
 */
package dev.lawimpact.impact;
