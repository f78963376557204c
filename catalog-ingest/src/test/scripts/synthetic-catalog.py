#!/usr/bin/env python3
"""Writes a synthetic folder of repository checkouts at Cloudflare's published scale, to measure ingest.

Usage: synthetic-catalog.py OUT [SEED]

A stand-in until `catalog-graph fixtures generate` exists: ~3,900 repository folders holding the
published mix (2,055 services, 228 APIs, 1,302 databases, 544 systems, 45 domains, 375 teams,
6,389 users) plus a client library per service, a migrations job per database and ~540
websites, so ~15K entities; an org repository whose root catalog-info.yaml is a Location.
Dependencies fan out like real ones: a few hubs everyone calls, a long tail nobody does.
Deterministic for a given seed.
"""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 42)

TEAMS, USERS, DOMAINS, SYSTEMS = 375, 6389, 45, 544
SERVICES, APIS, DATABASES, WEBSITES = 2055, 228, 1302, 543


def write(path, text):
    full = os.path.join(out, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w") as f:
        f.write(text)


def doc(kind, name, spec, extra=""):
    lines = "\n".join(f"  {k}: {v}" for k, v in spec.items())
    return f"apiVersion: backstage.io/v1alpha1\nkind: {kind}\nmetadata:\n  name: {name}\n{extra}spec:\n{lines}\n"


teams = [f"team-{i:03d}" for i in range(TEAMS)]
systems = [f"system-{i:03d}" for i in range(SYSTEMS)]
services = [f"service-{i:04d}" for i in range(SERVICES)]
apis = [f"api-{i:03d}" for i in range(APIS)]
databases = [f"db-{i:04d}" for i in range(DATABASES)]

# Org repository: a root Location over teams, users, domains and systems files.
write("org/catalog-info.yaml", doc("Location", "org", {"targets": "[./teams/*.yaml, ./users/*.yaml, ./domains.yaml, ./systems/*.yaml]"}))
for chunk in range(0, TEAMS, 25):
    docs = []
    for i in range(chunk, min(TEAMS, chunk + 25)):
        parent = "" if i < 5 else f"  parent: {teams[rng.randrange(0, min(i, 25))]}\n"
        docs.append(f"apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: {teams[i]}\nspec:\n  type: team\n"
                    f"  profile:\n    email: {teams[i]}@example.com\n{parent}  children: []\n")
    write(f"org/teams/teams-{chunk // 25:02d}.yaml", "---\n".join(docs))
for chunk in range(0, USERS, 100):
    docs = []
    for i in range(chunk, min(USERS, chunk + 100)):
        groups = sorted({rng.choice(teams) for _ in range(rng.choice([1, 1, 1, 2]))})
        docs.append(f"apiVersion: backstage.io/v1alpha1\nkind: User\nmetadata:\n  name: user-{i:04d}\nspec:\n"
                    f"  profile:\n    email: user-{i:04d}@example.com\n  memberOf: [{', '.join(groups)}]\n")
    write(f"org/users/users-{chunk // 100:02d}.yaml", "---\n".join(docs))
write("org/domains.yaml", "---\n".join(doc("Domain", f"domain-{i:02d}", {"owner": rng.choice(teams)}) for i in range(DOMAINS)))
for chunk in range(0, SYSTEMS, 50):
    write(f"org/systems/systems-{chunk // 50:02d}.yaml", "---\n".join(
        doc("System", systems[i], {"owner": rng.choice(teams), "domain": f"domain-{rng.randrange(DOMAINS):02d}"})
        for i in range(chunk, min(SYSTEMS, chunk + 50))))

# Hubs: a few services many depend on.
weights = [1.0 / (rank + 1) ** 1.1 for rank in range(SERVICES)]
for i, name in enumerate(services):
    owner, system = rng.choice(teams), rng.choice(systems)
    depends = sorted(set(rng.choices(services, weights, k=rng.choice([0, 1, 2, 3, 4, 6]))) - {name})
    deps = [f"component:{d}" for d in depends]
    if i < DATABASES:
        deps.append(f"resource:{databases[i]}")
    spec = {"type": "service", "lifecycle": rng.choice(["production", "production", "experimental"]),
            "owner": owner, "system": system, "dependsOn": "[" + ", ".join(deps) + "]",
            "consumesApis": "[" + ", ".join(sorted(set(rng.sample(apis, rng.choice([0, 0, 1, 2]))))) + "]"}
    docs = []
    if i < APIS:
        spec["providesApis"] = f"[{apis[i]}]"
        docs.append(doc("API", apis[i], {"type": "openapi", "lifecycle": "production", "owner": owner,
                                          "system": system, "definition": "\n    $text: ./openapi.yaml"}))
        write(f"{name}/openapi.yaml", f"openapi: 3.0.3\ninfo: {{title: {apis[i]}, version: 1.0.0}}\npaths: {{}}\n")
    docs.insert(0, doc("Component", name, spec, f"  tags: [{rng.choice(['java', 'go', 'python', 'node'])}]\n"))
    docs.append(doc("Component", f"{name}-client", {"type": "library", "lifecycle": "production", "owner": owner,
                                                     "subcomponentOf": name}))
    write(f"{name}/catalog-info.yaml", "---\n".join(docs))
    write(f"{name}/README.md", f"# {name}\n")
for i, name in enumerate(databases):
    owner = rng.choice(teams)
    write(f"{name}/catalog-info.yaml", doc("Resource", name, {"type": "database", "owner": owner,
                                                              "system": rng.choice(systems)})
          + "---\n" + doc("Component", f"{name}-migrations", {"type": "job", "lifecycle": "production", "owner": owner,
                                                               "dependsOn": f"[resource:{name}]"}))
for i in range(WEBSITES):
    write(f"web-{i:03d}/catalog-info.yaml", doc("Component", f"web-{i:03d}", {
        "type": "website", "lifecycle": "production", "owner": rng.choice(teams),
        "consumesApis": "[" + ", ".join(sorted(set(rng.sample(apis, 2)))) + "]",
        "dependsOn": f"[component:{rng.choices(services, weights)[0]}]"}))
print(f"wrote {len(os.listdir(out))} repositories to {out}")
