-- A saved scenario may start from the situation projected after N years of estimated
-- retirements (issue 13, "a retirement scenario can be combined with installations"): the
-- horizon in years (1 to 15), NULL for the current situation.
ALTER TABLE prospective_scenario ADD COLUMN retirement_years INT;
