export { copyText } from '../../components/copy-text';
