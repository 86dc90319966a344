-- Placeholder: 015 is another branch's migration (issue 20). This file only keeps the numbers in
-- sequence on the photos branch; delete it when that branch's 015 is merged.
SELECT 1;
