// WGS-84 points: "resources near a household" and map viewports are point-index seeks.
CREATE POINT INDEX household_location IF NOT EXISTS FOR (h:Household) ON (h.location);
CREATE POINT INDEX provider_location IF NOT EXISTS FOR (p:Provider) ON (p.location);
CREATE POINT INDEX region_centre IF NOT EXISTS FOR (r:Region) ON (r.centre);
