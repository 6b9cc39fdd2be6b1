import Testing
@testable import KGraphExport

/// Issue #17 item 18: cells that a spreadsheet would run as formulas get a leading quote.
@Test(arguments: [("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"), ("+1", "'+1"), ("-2+3", "'-2+3"),
                  ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "'\rx"), ("Dara Sok", "Dara Sok"), ("", ""),
                  ("a=b", "a=b"), ("'quoted", "'quoted")])
func formulaCellsAreNeutralised(_ cell: String, _ expected: String) {
    #expect(SpreadsheetCell.neutralised(cell) == expected)
}

/// neo4j-csv keeps text verbatim (neo4j-admin must read it as written): the README warns instead.
@Test func neo4jCSVKeepsFormulaTextVerbatim() throws {
    var w = ByteWriter()
    w.csvQuoted("=1+2")
    #expect(String(decoding: w.data, as: UTF8.self) == "\"=1+2\"")
}
