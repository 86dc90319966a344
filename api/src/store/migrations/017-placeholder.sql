-- Placeholder: 017 is another branch's migration (issue 20, evidence). This file only keeps the
-- numbers in sequence on the attention branch; delete it when that branch's 017 is merged.
SELECT 1;
