-- The copy of a photo that people are shown: re-encoded without EXIF/GPS (PIPL: where a volunteer
-- stood is personal data). The original stays for the checker and the official submission.
alter table public.photos add column display_path text;
