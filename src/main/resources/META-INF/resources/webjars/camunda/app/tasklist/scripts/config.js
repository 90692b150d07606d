// Tasklist for the reviewers: in the browser's language, Chinese (locales/zh.json) or English,
// and Chinese where the browser asks for neither. Otherwise Tasklist's own defaults.
export default {
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
