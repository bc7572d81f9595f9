/**
 * Law names and citations in search queries: {@link dev.lawimpact.citations.LawTitleResolver}
 * resolves a written law name (title, e-Gov abbreviation, short form, law number, unique title
 * ending, English name) to law ids without guessing between laws;
 * {@link dev.lawimpact.citations.CitationQueryParser} reads a query such as 電気通信事業法第四条第一項
 * or "Article 21(2) of the Constitution" into a law and provision path; and
 * {@link dev.lawimpact.citations.GlossaryLoader} reads the Ministry of Justice legal term dictionary
 * into Japanese–English pairs. Loaders report unreadable input as {@link dev.lawimpact.citations.Problem}s.
 */
package dev.lawimpact.citations;
