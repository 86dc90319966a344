-- Placeholder: 016 is another branch's migration (issue 20, photos). This file only keeps the
-- numbers in sequence on the evidence branch; delete it when that branch's 016 is merged.
SELECT 1;
