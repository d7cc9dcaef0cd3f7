module.exports = { ...require('./timecode'), ...require('./srt'), ...require('./edit') };
