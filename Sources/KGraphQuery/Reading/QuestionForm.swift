import KGraphModel

/// A question form that is no event clause ("who is X", "how is X connected to Y", "what did X
/// say"), as data: its name, the questions it reads, and how. The parser tries the forms in
/// table order before reading a question as an event clause; `--help` lists their examples, and
/// ``QuestionFormTests`` asks every one.
struct QuestionForm: Sendable {
    /// What the form asks, in a few words.
    let name: String
    /// Questions of this form.
    let examples: [String]
    /// Reads a question of this form, or returns `nil` when the question is of another form.
    let read: @Sendable (QuestionParser, QuestionParser.Words) throws -> Question?

    /// The forms, in the order they are tried.
    static let special: [QuestionForm] = [
        QuestionForm(name: "what is known about X", examples: ["tell me about Dara Sok", "what do you know about Dara Sok", "describe Dara Sok",
                                                             "what happened to Dara Sok"], read: { p, w in p.summaryRequest(w) }),
        QuestionForm(name: "how X and Y are connected", examples: ["how is Dara Sok connected to Lina Vey", "what links Dara Sok and Lina Vey"],
                     read: { p, w in p.connection(w) }),
        QuestionForm(name: "the organisations X works for or leads", examples: ["who does Dara Sok work for", "which group does Dara Sok lead"],
                     read: { p, w in p.organizations(w) }),
        QuestionForm(name: "who worked with X", examples: ["who worked with the Harbour Police"], read: { p, w in p.coAgents(w) }),
        QuestionForm(name: "the role of X", examples: ["what is Dara Sok's role", "what position does Dara Sok hold"], read: { p, w in p.role(w) }),
        QuestionForm(name: "what X said", examples: ["what did Dara Sok say", "what did Dara Sok say about the raid"],
                     read: { p, w in p.statements(w) }),
        QuestionForm(name: "the members of Y", examples: ["who works for the Harbour Court", "who is a member of the Port Velo Union"],
                     read: { p, w in p.members(w) }),
        QuestionForm(name: "who holds a title in Y", examples: ["who leads the Harbour Court", "who is the spokesperson for the Harbour Court"],
                     read: { p, w in p.leaders(w) }),
        QuestionForm(name: "who spoke, and who said something", examples: ["who spoke", "who said that the port was closed"],
                     read: { p, w in try p.speakers(w) }),
    ]

    /// The forms tried after a question is read as an event clause: "who was arrested" is an
    /// event, "who was Dara Sok" is not.
    static let afterEvents: [QuestionForm] = [
        QuestionForm(name: "who X is, or who is known by a name", examples: ["who is Dara Sok", "who is known as Big Sok"],
                     read: { p, w in p.whoIs(w) }),
    ]

    /// Every example question, event questions first (one or two of each way of asking), for the help.
    static var allExamples: [String] {
        let shown: [[String]] = [["who"], ["whom"], ["what"], ["which", "N"], ["where"], ["when"], ["how", "many", "N"], ["by", "whom"],
                                 ["in", "which", "N"], ["on", "what", "date"], ["how", "long"]]
        let events = shown.flatMap { words in AskedForm.all.first { $0.words == words }?.examples ?? [] }
        return events + AskedForm.scopeExamples + special.flatMap(\.examples) + afterEvents.flatMap(\.examples) + ["Dara Sok"]
    }
}
