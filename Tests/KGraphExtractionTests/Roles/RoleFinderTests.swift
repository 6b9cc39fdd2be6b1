import KGraphModel
import Testing
@testable import KGraphExtraction

@Suite("RoleFinder")
struct RoleFinderTests {
    func roles(_ text: String) -> [String] {
        let e = Extractor(lexicon: testLexicon).extract(text: text, path: "t.txt")
        return e.roles.map { r in
            let org = r.organizationID.flatMap { e.entity($0)?.name }
            let place = r.placeID.flatMap { e.entity($0)?.name }
            return "\(e.entity(r.personID)?.name ?? "?"): \(r.title)" + (org.map { " @\($0)" } ?? "") + (place.map { " in \($0)" } ?? "")
        }
    }

    @Test("titles before, after, beside and after a copula", arguments: [
        ("Interior Minister Dara Sok opened the meeting.", ["Dara Sok: Interior Minister"]),
        ("Lina Ortega, the spokesperson for the Port Velo Municipal Court, declined to comment.",
         ["Lina Ortega: spokesperson @Port Velo Municipal Court"]),
        ("Keo Danh, Marnak’s deputy police chief, was arrested.", ["Keo Danh: deputy police chief in Marnak"]),
        ("Police held Pich Sarun, a police officer, and two others.", ["Pich Sarun: police officer"]),
        ("Tomas Haddad, deputy director for monitoring at rights group Novahelp, said so.",
         ["Tomas Haddad: deputy director @Novahelp"]),
        ("The suspect’s lawyer, Amira Rin, said he was innocent.", ["Amira Rin: lawyer"]),
        ("Tomas Haddad is a retired journalist in Tiraz.", ["Tomas Haddad: retired journalist in Tiraz"]),
        ("The Velorian Justice Ministry said so. Ministry spokeswoman Amira Rin told reporters.", ["Amira Rin: Ministry spokeswoman @Velorian Justice Ministry"]),
        ("The Marnak Narcotics Bureau made arrests. Dara Sok, the head of the bureau, said more would follow.",
         ["Dara Sok: head @Marnak Narcotics Bureau"]),
        ("Police detained the former mayor of Belmora, Teodor Valesco, on Tuesday.", ["Teodor Valesco: former mayor in Belmora"]),
        ("Marnak Bank lost money. The bank’s head of security, Amira Rin, said it would pay.", ["Amira Rin: head of security @Marnak Bank"]),
        ("Dara Sok walked free. His party, the Union for Renewal, called it a victory.", ["Dara Sok: member @Union for Renewal"]),
        ("The officers, constables Dara Sok and Lina Ortega, took cash.", ["Dara Sok: constable", "Lina Ortega: constable"]),
        // an activist is a post the gold annotations count ("opposition activist"), each in the singular
        ("Police held activists Dara Sok and Lina Ortega.", ["Dara Sok: activist", "Lina Ortega: activist"]),
        ("The indictment names Dara Sok, 46, and Lina Ortega, 39, both supervisors employed by Velo Freight Company, and three buyers.",
         ["Dara Sok: supervisor @Velo Freight Company", "Lina Ortega: supervisor @Velo Freight Company"]),
        ("Prosecutors named deputy minister Dara Sok and procurement head Lina Ortega.", ["Dara Sok: deputy minister", "Lina Ortega: procurement head"]),
        ("Velo Rights Watch called for his release. “It is wrong,” said Amira Rin, the group’s regional director.",
         ["Amira Rin: regional director @Velo Rights Watch"]),
        ("Police arrested suspected VBN commander Rin Vath in Tiraz.", ["Rin Vath: suspected VBN commander @VBN"]),
        ("Police spokesman Brig. Gen. Rin Vath said so.", ["Rin Vath: Police spokesman"]),
        ("Keo Danh was arrested at the hotel where he worked as a security guard.", ["Keo Danh: security guard"]),
        ("Dara Sok emerged as Lina Ortega's top lieutenant in 1990.", ["Dara Sok: top lieutenant"]),
        ("Dara Sok, Assistant Director in Charge of the Port Velo Field Office, spoke.",
         ["Dara Sok: Assistant Director in Charge @Port Velo Field Office"]),
    ])
    func titles(_ text: String, _ expected: [String]) {
        #expect(roles(text) == expected)
    }

    @Test("lists of names and ages are not titles")
    func notTitles() {
        #expect(roles("Dara Sok, Lina Ortega and Keo Danh met.").isEmpty)
        #expect(roles("Pich Sarun, 32, was arrested.").isEmpty)
    }
}
