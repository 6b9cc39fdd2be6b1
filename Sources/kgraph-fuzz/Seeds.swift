import Foundation
import KGraphExport
import KGraphExtraction

/// Starting inputs for each harness, written for kgraph (invented names and places).
enum Seeds {
    /// A short invented report.
    static let article = """
    Harbour Police Detain Two After Night Raid in Calvera

    Two men were arrested on Tuesday after a raid on a warehouse in Calvera, the Harbour Police said.
    Officers seized 40 kilograms of heroin, according to Mira Tolan, a spokeswoman for the Harbour Police.
    The suspects, Oren Valis and Teodor Brack, were charged with trafficking by prosecutors.
    "We will find everyone who helped them," Tolan told reporters.
    Brack was released on bail on Friday.
    """

    /// Seed inputs for a harness.
    static func inputs(for harness: Harness) -> [Data] {
        switch harness {
        case .extract:
            return [article, "Dr. Ana Petrov, 42, said: \"No.\"\n", "A\u{200B}B Corp — 😀 arrested.\r\n", "\u{FEFF}Title\n\nBody text."]
                .map { Data($0.utf8) }
        case .question:
            return ["who arrested Oren Valis", "who is Mira Tolan", "what was seized", "where was Brack arrested",
                    "how is Tolan connected to Brack", "tell me about Teodor Brack", "raid agent=police -> time",
                    "what did Tolan say about the raid", "who was charged"].map { Data($0.utf8) }
        case .jsonl:
            let e = Harness.extractor.extract(text: article, path: "seed.txt")
            return [ExtractionJSON(e, includingFullExtraction: true).encoded(pretty: false)]
        }
    }
}
