// Referrals of needs to services, and the lock a service's places are decided under.
CREATE CONSTRAINT referral_id IF NOT EXISTS FOR (r:Referral) REQUIRE r.id IS UNIQUE;
CREATE INDEX referral_grid IF NOT EXISTS FOR (r:Referral) ON (r.gridCode);
CREATE INDEX referral_provider_region IF NOT EXISTS FOR (r:Referral) ON (r.providerRegionCode);
CREATE INDEX referral_provider IF NOT EXISTS FOR (r:Referral) ON (r.providerId);
CREATE CONSTRAINT service_lock IF NOT EXISTS FOR (l:ServiceLock) REQUIRE l.serviceId IS UNIQUE;
