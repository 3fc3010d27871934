package org.zhulian.security;

/**
 * A record of personal data (a household, a person, a need): the Java side of the schema's
 * {@code @personal} types. Every one that leaves the service in a response is named by its id in
 * the audit log, without the resolver that produced it doing anything.
 */
public interface PersonalRecord {

    String id();
}
