/// CSV cells made safe for spreadsheets (OWASP, "CSV Injection"): Excel and LibreOffice run a
/// cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return as a formula, so an
/// article could make a cell call out or run commands when the file is opened.
///
/// For CSV made to be opened in a spreadsheet (the events CSV), every text cell goes through
/// ``neutralised(_:)``. `neo4j-csv` is made for `neo4j-admin`, which must read the text
/// verbatim: it is left as it is, and the README and `kgraph export --help` warn against opening
/// those files in a spreadsheet.
public enum SpreadsheetCell {
    /// The first characters that make a spreadsheet read a cell as a formula.
    public static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// The text with a leading `'` when it would start a formula, else unchanged.
    /// - Parameter text: a cell's text.
    /// - Returns: `'=1+2'` for `=1+2`; `Dara Sok` for `Dara Sok`.
    public static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, formulaStarts.contains(first) else { return text }
        return "'" + text
    }
}
