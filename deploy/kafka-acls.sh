#!/usr/bin/env bash
# The Kafka ACLs of Skill: one principal per service, allowed what its code does and nothing more
# (docs/operations.md, "Kafka principals and ACLs"). For a cluster with an authorizer; run it once as an
# administrator, and again after renaming a topic, group or prefix (adding an existing ACL changes nothing):
#
#   deploy/kafka-acls.sh --bootstrap-server kafka:9093 --command-config admin.properties
#   deploy/kafka-acls.sh --dry-run          # print the kafka-acls.sh commands instead (KafkaAclsTest reads them)
#
# Names default to the code's; a deployment that changed them sets the same variables as its services.
# Principals are what the brokers authenticate: the SCRAM user of each Secret, or User:CN=... for mutual TLS.
set -euo pipefail

: "${SKILL_TOPICS_MATCH_FACTS:=match-facts}"
: "${SKILL_TOPICS_MATCH_FACTS_DLQ:=match-facts-dlq}"
: "${SKILL_TOPICS_MATCH_FACT_UPDATES:=match-fact-updates}"
: "${SKILL_TOPICS_MATCH_POSITIONS:=match-positions}"
: "${SKILL_TOPICS_SKILL_RANKINGS:=skill-rankings}"
: "${SKILL_TOPICS_SKILL_BADGE_EVENTS:=skill-badge-events}"
: "${SKILL_TOPICS_SKILL_STANDINGS:=skill-standings}"
: "${SKILL_TOPICS_SKILL_STANDINGS_BY_MATCHDAY:=skill-standings-by-matchday}"
: "${SKILL_DISPATCHER_GROUP_ID:=skill-dispatcher}"
: "${SKILL_CALCULATORS_APPLICATION_ID_PREFIX:=skill-calculator}"

: "${DISPATCHER_PRINCIPAL:=User:skill-dispatcher}"
: "${CALCULATORS_PRINCIPAL:=User:skill-calculators}"
: "${API_PRINCIPAL:=User:skill-api}"
: "${TOPICS_PRINCIPAL:=User:skill-topics}"
: "${KAFKA_ACLS:=kafka-acls.sh}"

dry_run=false
if [ "${1:-}" = "--dry-run" ]; then dry_run=true; shift; fi
connection=("$@")    # --bootstrap-server, --command-config
acl() {
    if $dry_run; then echo "$KAFKA_ACLS --add $*"; else "$KAFKA_ACLS" "${connection[@]}" --add "$@"; fi
}
# Read and Write imply Describe. Idempotent and transactional producers need no cluster-wide
# IdempotentWrite since Kafka 3.0 (KIP-679): Write on a topic or transactional id is enough.

# Dispatcher: match-facts → PostgreSQL → match-fact-updates and dead letters (idempotent producer, no
# transactions), then its group's offsets (FactDispatcher).
acl --allow-principal "$DISPATCHER_PRINCIPAL" --operation Read --topic "$SKILL_TOPICS_MATCH_FACTS"
acl --allow-principal "$DISPATCHER_PRINCIPAL" --operation Write \
    --topic "$SKILL_TOPICS_MATCH_FACT_UPDATES" --topic "$SKILL_TOPICS_MATCH_FACTS_DLQ"
acl --allow-principal "$DISPATCHER_PRINCIPAL" --operation Read --group "$SKILL_DISPATCHER_GROUP_ID"

# Calculators: the skills' Kafka Streams app and the sprint detector run in one process, so they share a
# principal. Every application id starts with the prefix and a "-" (skill-calculator-initiator-…,
# skill-calculator-sprint-detector), and so do their consumer groups, internal changelog and repartition
# topics and transactional ids. All on their own internal topics: Kafka Streams creates and checks them,
# rebuild deletes them (and the group).
acl --allow-principal "$CALCULATORS_PRINCIPAL" --operation Read \
    --topic "$SKILL_TOPICS_MATCH_FACT_UPDATES" --topic "$SKILL_TOPICS_MATCH_POSITIONS"
acl --allow-principal "$CALCULATORS_PRINCIPAL" --operation Write \
    --topic "$SKILL_TOPICS_SKILL_RANKINGS" --topic "$SKILL_TOPICS_SKILL_BADGE_EVENTS" \
    --topic "$SKILL_TOPICS_SKILL_STANDINGS" --topic "$SKILL_TOPICS_SKILL_STANDINGS_BY_MATCHDAY" \
    --topic "$SKILL_TOPICS_MATCH_FACTS" --topic "$SKILL_TOPICS_MATCH_FACTS_DLQ"
acl --allow-principal "$CALCULATORS_PRINCIPAL" --operation All \
    --resource-pattern-type prefixed --topic "$SKILL_CALCULATORS_APPLICATION_ID_PREFIX-"
acl --allow-principal "$CALCULATORS_PRINCIPAL" --operation Read --operation Delete \
    --resource-pattern-type prefixed --group "$SKILL_CALCULATORS_APPLICATION_ID_PREFIX-"
acl --allow-principal "$CALCULATORS_PRINCIPAL" --operation Write \
    --resource-pattern-type prefixed --transactional-id "$SKILL_CALCULATORS_APPLICATION_ID_PREFIX-"

# API: reads the standings and badge events whole, by assigned partitions: no consumer group, no writes.
acl --allow-principal "$API_PRINCIPAL" --operation Read \
    --topic "$SKILL_TOPICS_SKILL_STANDINGS" --topic "$SKILL_TOPICS_SKILL_STANDINGS_BY_MATCHDAY" \
    --topic "$SKILL_TOPICS_SKILL_BADGE_EVENTS"

# Topics job: lists the topics and creates the missing ones (TopicProvisioner), nothing else.
acl --allow-principal "$TOPICS_PRINCIPAL" --operation Describe --operation Create \
    --topic "$SKILL_TOPICS_MATCH_FACTS" --topic "$SKILL_TOPICS_MATCH_FACTS_DLQ" \
    --topic "$SKILL_TOPICS_MATCH_FACT_UPDATES" --topic "$SKILL_TOPICS_MATCH_POSITIONS" \
    --topic "$SKILL_TOPICS_SKILL_RANKINGS" --topic "$SKILL_TOPICS_SKILL_BADGE_EVENTS" \
    --topic "$SKILL_TOPICS_SKILL_STANDINGS" --topic "$SKILL_TOPICS_SKILL_STANDINGS_BY_MATCHDAY"
