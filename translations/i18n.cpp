// The compiled translations live in this library's resources (":/i18n/vfudesk_sv.qm");
// core/i18n/Translations.cpp loads them.
